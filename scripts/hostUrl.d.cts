export declare class HostUrlError extends Error {}
export declare function checkHostUrl(raw: string | undefined): URL;
