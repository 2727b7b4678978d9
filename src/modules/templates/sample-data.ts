import { DateTime } from 'luxon';
import type { BrandStyle } from '../branding/brand-style';
import { brandVariables, type RenderContext } from './render-context';

/**
 * Realistic sample data for previews, in French or English, with every declared variable filled.
 * Dates sit three weeks ahead of `now`, at 09:00 Paris time.
 */
export function sampleContext(locale: string, brand: BrandStyle, now = DateTime.now()): RenderContext {
  const fr = locale.slice(0, 2).toLowerCase() === 'fr';
  const start = now.setZone('Europe/Paris').plus({ weeks: 3 }).set({ weekday: 2, hour: 9, minute: 0, second: 0, millisecond: 0 });
  const base = 'https://learning.example.com';
  return {
    learner: fr
      ? { firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.com', locale: 'fr', timeZone: 'Europe/Paris', department: 'Finance', jobTitle: 'Contrôleuse de gestion', site: 'Lyon', country: 'FR' }
      : { firstName: 'Alex', lastName: 'Morgan', email: 'alex.morgan@example.com', locale: 'en', timeZone: 'Europe/London', department: 'Sales', jobTitle: 'Account manager', site: 'London', country: 'GB' },
    persona: fr ? { name: 'Manager de proximité pressé', tone: 'direct et bienveillant' } : { name: 'Busy first-line manager', tone: 'direct and warm' },
    course: {
      title: fr ? 'Manager à l’ère hybride' : 'Leading hybrid teams',
      description: fr
        ? 'Trois demi-journées pour animer une équipe à distance, donner du feedback utile et garder le lien.'
        : 'Three half-days to lead a distributed team, give feedback that lands and keep everyone connected.',
      modality: 'blended',
      durationMinutes: 630,
      lmsUrl: `${base}/courses/hybrid-leadership`,
      skills: fr ? ['Feedback', 'Animation à distance', 'Organisation du travail'] : ['Feedback', 'Remote facilitation', 'Team organisation'],
    },
    session: {
      title: fr ? 'Session de printemps' : 'Spring cohort',
      startsAt: start.toISO() as string,
      endsAt: start.plus({ hours: 3, minutes: 30 }).toISO() as string,
      enrolBy: start.minus({ days: 7 }).set({ hour: 18 }).toISO() as string,
      location: fr ? 'Campus Lyon Part-Dieu, salle Confluence' : 'London office, Thames room',
      meetingUrl: `${base}/rooms/hybrid-leadership`,
      timeZone: 'Europe/Paris',
      seatsLeft: 4,
    },
    campaign: { name: fr ? 'Printemps du management' : 'Management spring', goal: fr ? '120 managers inscrits' : '120 managers enrolled' },
    sponsor: {
      name: 'Claire Dubois',
      title: fr ? 'Directrice générale' : 'Chief Executive Officer',
      quote: fr
        ? 'Nos équipes ont changé de façon de travailler ; nos managers méritent le temps d’apprendre à les accompagner.'
        : 'Our teams have changed the way they work; our managers deserve the time to learn how to support them.',
      photoUrl: `${base}/img/claire-dubois.jpg`,
    },
    ambassador: { firstName: 'Karim', lastName: 'Benali', shareUrl: `${base}/s/kb42`, pageUrl: `${base}/a/sample` },
    brand: brandVariables(brand),
    links: {
      enrol: `${base}/enrol/spring`,
      course: `${base}/courses/hybrid-leadership`,
      unsubscribe: `${base}/u/sample-token`,
      preferences: `${base}/u/sample-token#preferences`,
      share: `${base}/s/kb42`,
      certificate: `${base}/certificates/sample`,
      survey: `${base}/survey/hybrid-leadership`,
      addToGoogle: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Hybrid%20leadership',
      addToOutlook: 'https://outlook.office.com/calendar/0/action/compose?subject=Hybrid%20leadership',
    },
  };
}
