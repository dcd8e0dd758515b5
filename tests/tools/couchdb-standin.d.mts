export declare const standInAdmin: { name: string; password: string };
export interface CouchStandIn {
  url: string;
  createTeam(db: string, users: Record<string, string>): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  admin(method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}
export declare function startCouchStandIn(port?: number): Promise<CouchStandIn>;
