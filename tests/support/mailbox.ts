// Reads the maildev inbox of the test stack.
import { TEST_HOSTS } from './ports.js';

export interface ReceivedMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string; name: string }[];
  attachments?: { fileName: string; contentType: string; generatedFileName: string; length: number }[];
  time: string;
}

const base = `http://127.0.0.1:${TEST_HOSTS.mailWebPort}`;

export async function listMail(): Promise<ReceivedMail[]> {
  const res = await fetch(`${base}/email`);
  if (!res.ok) throw new Error(`maildev answered ${res.status}`);
  return (await res.json()) as ReceivedMail[];
}

export async function mailTo(address: string): Promise<ReceivedMail[]> {
  return (await listMail()).filter((m) =>
    m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()),
  );
}

export async function clearMail(): Promise<void> {
  await fetch(`${base}/email/all`, { method: 'DELETE' });
}

export async function attachment(mail: ReceivedMail, generatedFileName: string): Promise<Buffer> {
  const res = await fetch(`${base}/email/${mail.id}/attachment/${generatedFileName}`);
  return Buffer.from(await res.arrayBuffer());
}
