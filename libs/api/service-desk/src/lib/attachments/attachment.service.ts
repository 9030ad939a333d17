import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, FILE_STORAGE, type FileStorage, type Scope, scopeSql, sniffFileType } from '@lumen/api/core';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type AttachmentRef,
  ATTACHMENTS_PER_MESSAGE_MAX,
} from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** The part of an uploaded file (held in memory) that is read. */
export interface UploadedAttachment {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Who the files belong to: the company that may read them back, and who sent them. */
export interface AttachmentOwner {
  companyId: string;
  userId: string;
}

export interface StoreOptions {
  /** The multipart field, named in errors (`files`, `photos`). */
  field: string;
  /** The types allowed here, by content; every attachment type unless narrowed (photos: JPEG/PNG). */
  allowed?: readonly AttachmentType[];
}

/** A stored file as it is downloaded. */
export interface AttachmentDownload {
  fileName: string;
  contentType: AttachmentType;
  sizeBytes: number;
  stream: Readable;
}

const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/** A file name as given, without any folder part or control characters, never empty. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  // By code point: cutting a surrogate pair in two would leave text PostgreSQL cannot store.
  return Array.from(base || 'file')
    .slice(0, 255)
    .join('');
}

const storageKey = (id: string) => `attachments/${id}`;

interface AttachmentRow {
  id: string;
  file_name: string;
  content_type: AttachmentType;
  size_bytes: number;
}

/**
 * The one store for uploaded files (case messages, claim photos): checks every file by its first
 * bytes (never its name or the sender's Content-Type), its size and their number, then writes the
 * bytes to the file store and a row to `attachments` in the caller's transaction.
 *
 * The bytes go first, under a fresh key, and the row after: a committed row always has its bytes.
 * When the caller's transaction rolls back, the row is gone and the bytes are an orphan that no
 * route can reach (a download needs the row). Run the transaction through `transaction()` and those
 * bytes are removed too; with a plain `dataSource.transaction` they stay, unreachable and harmless.
 */
@Injectable()
export class AttachmentService {
  private readonly logger = new Logger(AttachmentService.name);

  /** What `store` wrote through the manager of a `transaction`, to discard if it rolls back. */
  private readonly storedBy = new WeakMap<EntityManager, AttachmentRef[]>();

  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Refuses the whole upload on the first bad file, before anything is stored. */
  check(files: readonly UploadedAttachment[], options: StoreOptions): AttachmentType[] {
    if (files.length > ATTACHMENTS_PER_MESSAGE_MAX) throw tooManyFiles(options.field);
    const allowed = options.allowed ?? ATTACHMENT_TYPES;
    return files.map((file, index) => {
      const field = `${options.field}.${index}`;
      const name = cleanFileName(file.originalname);
      if (file.size > ATTACHMENT_MAX_BYTES || file.buffer.length > ATTACHMENT_MAX_BYTES)
        throw fileTooLarge(field, name);
      const type = sniffFileType(file.buffer);
      if (type === null || !(allowed as readonly string[]).includes(type)) {
        const kinds = allowed.map((t) => TYPE_NAMES[t]).join(', ');
        const message = `"${name}" is not a ${kinds} file (checked by its content, not its name)`;
        throw new AppError(422, 'file_type_not_allowed', message, [{ field, code: 'file_type_not_allowed', message }]);
      }
      return type as AttachmentType;
    });
  }

  /** Checks, stores and records the files; answers them in the order sent. */
  async store(
    manager: EntityManager,
    owner: AttachmentOwner,
    files: readonly UploadedAttachment[],
    options: StoreOptions,
  ): Promise<AttachmentRef[]> {
    const types = this.check(files, options);
    if (files.length === 0) return [];
    const rows = files.map((file, index) => ({
      id: randomUUID(),
      fileName: cleanFileName(file.originalname),
      contentType: types[index],
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      buffer: file.buffer,
    }));
    const refs = rows.map((row) =>
      attachmentRef({ id: row.id, file_name: row.fileName, content_type: row.contentType, size_bytes: row.sizeBytes }),
    );
    // Noted before the first write, so a failure half-way through still removes what was written.
    this.storedBy.get(manager)?.push(...refs);
    for (const row of rows) await this.storage.put(storageKey(row.id), row.buffer);
    await manager.query(
      `INSERT INTO attachments (id, company_id, uploaded_by_user_id, file_name, content_type, size_bytes, sha256, storage_key)
       SELECT t.id, $1, $2, t.file_name, t.content_type, t.size_bytes, t.sha256, 'attachments/' || t.id
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::int[], $7::text[])
         AS t(id, file_name, content_type, size_bytes, sha256)`,
      [
        owner.companyId,
        owner.userId,
        rows.map((r) => r.id),
        rows.map((r) => r.fileName),
        rows.map((r) => r.contentType),
        rows.map((r) => r.sizeBytes),
        rows.map((r) => r.sha256),
      ],
    );
    return refs;
  }

  /** Removes the bytes of attachments whose rows were rolled back. */
  async discard(attachments: readonly Pick<AttachmentRef, 'id'>[]): Promise<void> {
    for (const { id } of attachments)
      await this.storage
        .delete(storageKey(id))
        .catch((error: unknown) =>
          this.logger.warn(`Could not remove the orphaned attachment ${id}: ${String(error)}`),
        );
  }

  /**
   * `dataSource.transaction(work)`, and if it fails, the bytes of every attachment `store` wrote
   * through its manager are removed: a rolled-back upload leaves neither a row nor a file.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let stored: AttachmentRef[] = [];
    try {
      return await this.dataSource.transaction((manager) => {
        stored = [];
        this.storedBy.set(manager, stored);
        return work(manager);
      });
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  /** The file, if the scope may read it: the company's own, or any for staff; else 404. */
  async open(manager: EntityManager, scope: Scope, id: string): Promise<AttachmentDownload> {
    const params: unknown[] = [id];
    const [row]: (AttachmentRow & { storage_key: string })[] = await manager.query(
      `SELECT id, file_name, content_type, size_bytes, storage_key FROM attachments a
       WHERE a.id = $1 AND ${scopeSql(scope, 'a.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Attachment');
    return {
      fileName: row.file_name,
      contentType: row.content_type,
      sizeBytes: row.size_bytes,
      stream: this.storage.read(row.storage_key),
    };
  }
}

/** An attachment row as the contracts show it, with the route it is downloaded from. */
export function attachmentRef(row: AttachmentRow): AttachmentRef {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    url: `/api/attachments/${row.id}`,
  };
}

export function tooManyFiles(field: string): AppError {
  const message = `Send at most ${ATTACHMENTS_PER_MESSAGE_MAX} files in \`${field}\` at once`;
  return new AppError(422, 'too_many_files', message, [{ field, code: 'too_many_files', message }]);
}

export function fileTooLarge(field: string, name?: string): AppError {
  const message = `${name ? `"${name}"` : `A file in \`${field}\``} is larger than ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`;
  return new AppError(413, 'file_too_large', message, [{ field, code: 'file_too_large', message }]);
}
