import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslationService } from '@lumen/portal/core';

/** A built-in role by its name in the chosen language; a custom role by the name its company gave it. */
@Pipe({ name: 'roleName', pure: false })
export class RoleNamePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(role: { name: string; builtInKey: string | null }): string {
    return role.builtInKey ? this.translations.translate(`company.builtInRoles.${role.builtInKey}`) : role.name;
  }
}
