declare module 'maildev' {
  interface MailDevOptions {
    smtp?: number;
    web?: number;
    ip?: string;
    outgoingHost?: string;
    silent?: boolean;
    disableWeb?: boolean;
    basePathname?: string;
  }
  export default class MailDev {
    constructor(options: MailDevOptions);
    listen(callback?: (err?: Error) => void): void;
    close(callback?: (err?: Error) => void): void;
    on(event: 'new', listener: (email: unknown) => void): void;
  }
}
