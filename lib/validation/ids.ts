// What an id or a slug from a URL may look like. Anything else cannot exist, so it is answered
// as "not found" before it reaches a query (a NUL byte, say, would make PostgreSQL fail: a 500).
export const idPattern = /^[a-z0-9]{10,40}$/;
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isId = (value: string) => idPattern.test(value);
export const isSlug = (value: string) => value.length <= 100 && slugPattern.test(value);
