package de.landkreis.integrationsmonitor.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;

/**
 * The role of a directory account, decided by its groups: a member of the administrators' group is an administrator,
 * of the analysts' group an analyst, of neither refused ({@link DirectoryLogin.NoRole}). A disabled account
 * (Active Directory's {@code userAccountControl} flag ACCOUNTDISABLE) is refused before its groups are looked at,
 * even if the directory let it bind.
 */
final class DirectoryRoles implements LdapAuthoritiesPopulator {

    /** Active Directory's ACCOUNTDISABLE bit of userAccountControl. */
    private static final int ACCOUNT_DISABLED = 0x2;

    private final SpringSecurityLdapTemplate directory;
    private final LdapProperties settings;
    private final LdapName analystGroup;
    private final LdapName adminGroup;

    DirectoryRoles(SpringSecurityLdapTemplate directory, LdapProperties settings) {
        this.directory = directory;
        this.settings = settings;
        this.analystGroup = name(settings.analystGroup());
        this.adminGroup = name(settings.adminGroup());
    }

    @Override
    public Collection<? extends GrantedAuthority> getGrantedAuthorities(DirContextOperations account,
            String username) {
        if (disabled(account)) {
            throw new DisabledException("directory account " + username + " is disabled");
        }
        Set<String> groups = directory.searchForSingleAttributeValues(settings.groupSearchBase(),
                settings.groupSearchFilter(), new String[] {account.getNameInNamespace(), username},
                SpringSecurityLdapTemplate.DN_KEY);
        List<LdapName> memberOf = groups.stream().map(DirectoryRoles::name).toList();
        AccountRole role = memberOf.contains(adminGroup) ? AccountRole.ADMIN
                : memberOf.contains(analystGroup) ? AccountRole.ANALYST : null;
        if (role == null) {
            throw new DirectoryLogin.NoRole(username);
        }
        return AuthorityUtils.createAuthorityList(
                Arrays.stream(role.roles()).map(r -> "ROLE_" + r).toArray(String[]::new));
    }

    private static boolean disabled(DirContextOperations account) {
        String flags = account.getStringAttribute("userAccountControl");
        return flags != null && (Integer.parseInt(flags.trim()) & ACCOUNT_DISABLED) != 0;
    }

    // LdapName compares DNs as the directory does: case and spacing around the separators do not matter.
    private static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException("Not a distinguished name: " + dn, e);
        }
    }
}
