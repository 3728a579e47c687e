/** A public page that built-in or clinic content rests on. Shared by every widget that cites its sources. */
export interface Source {
  /** The link text: "Publisher: Page title", for example "Mayo Clinic: Diskectomy". */
  title: string;
  /** An absolute http(s) URL of the specific page that states the fact (a path, never a site's home page). */
  url: string;
}
