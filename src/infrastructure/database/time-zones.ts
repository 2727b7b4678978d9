import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IANAZone } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from '../../config/app-config';

/** What a validator needs to know about zones: the spelling to store for a name, if it is one. */
export interface KnownZones {
  /** The canonical spelling of a usable zone (matched without regard to case), or undefined. */
  canonical(zone: string): string | undefined;
}

/** The one message for a zone that is not usable, whichever path refused it. */
export function unknownZoneMessage(zone: string): string {
  const shown = zone.length > 60 ? `${zone.slice(0, 57)}…` : zone;
  return `"${shown}" is not an IANA time zone known to the database (e.g. Europe/Paris)`;
}

/**
 * The IANA zones Clarion accepts: those PostgreSQL lists in `pg_timezone_names` (send times are
 * computed in SQL, where an unknown zone fails the whole statement) that Luxon reads too (launch
 * checks and previews compute in JS). Node's time zone data and PostgreSQL's differ: an alias such
 * as `US/Pacific-New` is valid for one and unknown to the other. The names are loaded once at start;
 * every path that stores a zone asks here.
 */
@Injectable()
export class TimeZones implements OnModuleInit, KnownZones {
  private byLowerCase: Map<string, string> | undefined;
  private usable: string[] | undefined;
  // Luxon's verdict per PostgreSQL name, asked lazily: most of the ~1,200 names are never used.
  private readonly luxonReads = new Map<string, boolean>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const rows = await this.dataSource.query<Array<{ name: string }>>(`SELECT name FROM pg_timezone_names`);
    this.byLowerCase = new Map(rows.map((r) => [r.name.toLowerCase(), r.name]));
    if (!this.isKnown(this.config.defaultTimeZone)) {
      throw new ConfigError([`DEFAULT_TIME_ZONE: ${unknownZoneMessage(this.config.defaultTimeZone)}`]);
    }
  }

  canonical(zone: string): string | undefined {
    if (!this.byLowerCase) throw new Error('TimeZones used before the names were loaded from PostgreSQL');
    const name = this.byLowerCase.get(zone.toLowerCase());
    if (name === undefined) return undefined;
    let readable = this.luxonReads.get(name);
    if (readable === undefined) {
      readable = IANAZone.isValidZone(name);
      this.luxonReads.set(name, readable);
    }
    return readable ? name : undefined;
  }

  /** Every usable zone, aliases included (America/Montreal as well as America/Toronto), sorted: what a picker offers. */
  names(): string[] {
    if (!this.byLowerCase) throw new Error('TimeZones used before the names were loaded from PostgreSQL');
    this.usable ??= [...this.byLowerCase.values()].filter((name) => this.canonical(name) === name).sort();
    return this.usable;
  }

  /** True for a zone PostgreSQL and Luxon both know (in any letter case, as both read it). */
  isKnown(zone: string): boolean {
    return this.canonical(zone) !== undefined;
  }
}
