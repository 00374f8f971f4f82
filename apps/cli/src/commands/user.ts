import { ROLES, SYSTEM_ACTOR } from '@asskomm/core/light';
import { type Command, Option } from 'commander';
import { withPlatform } from '../with-platform';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Konten verwalten');
  user
    .command('add')
    .description(
      'Konto anlegen; gibt ein Einmalpasswort aus, das bei der ersten Anmeldung geändert werden muss',
    )
    .requiredOption('--email <email>', 'E-Mail-Adresse (Anmeldename)')
    .addOption(new Option('--role <rolle>', 'Rolle').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'Anzeigename')
    .option('--ags <ags>', 'AGS der Kommune (für die Rollen kommune und rat)')
    .option('--assign <ags...>', 'Kommunen, die ein Coach bearbeiten darf')
    .action(
      async (opts: {
        email: string;
        role: (typeof ROLES)[number];
        name?: string;
        ags?: string;
        assign?: string[];
      }) => {
        const { createUser } = await import('@asskomm/core');
        await withPlatform(async (ctx) => {
          const created = await createUser(ctx, SYSTEM_ACTOR, {
            email: opts.email,
            name: opts.name,
            role: opts.role,
            ags: opts.ags ?? null,
            assignedAgs: opts.assign,
          });
          console.log(
            `Konto angelegt: ${created.email} (Rolle ${created.role}${created.ags ? `, AGS ${created.ags}` : ''})`,
          );
          console.log(`Einmalpasswort: ${created.oneTimePassword}`);
          console.log(
            'Das Passwort wird nur jetzt angezeigt und muss bei der ersten Anmeldung geändert werden.',
          );
        });
      },
    );
}
