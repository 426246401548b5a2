/** The signed-in user a command acts for, with the address it came from (what the audit log records). */
export type Actor = Express.User & { ip?: string | null };
