export declare const standInAdmin: { name: string; password: string };
export interface CouchStandInClient {
  url: string;
  createTeam(db: string, users: Record<string, string>): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  admin(method: string, path: string, body?: unknown): Promise<any>;
}
export interface CouchStandIn extends CouchStandInClient {
  close(): Promise<void>;
}
export declare function standInClient(url: string): CouchStandInClient;
export declare function startCouchStandIn(port?: number): Promise<CouchStandIn>;
