export function PersonaCanvasPage() { return null; }
export function NewPersonaPage() { return null; }
