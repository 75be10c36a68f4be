/** A file name from a user-typed name: letters, digits and dashes only, so any OS accepts it. */
export function fileNameFor(name: string, date: string, extension: string, suffix = ''): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `staffing-readiness-${slug || 'assessment'}${suffix ? `-${suffix}` : ''}-${date.slice(0, 10)}.${extension}`;
}
