/** A course's skills: trimmed, without blanks or duplicates (compared case-insensitively), in the order given. */
export function normaliseSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const skill of skills.map((s) => s.trim()).filter(Boolean)) {
    const key = skill.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(skill);
    }
  }
  return result;
}
