package de.landkreis.integrationsmonitor.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login with the office's Windows account (Active Directory or another LDAP directory), off unless enabled.
 *
 * @param enabled           whether analysts may log in with their directory account beside the local accounts
 * @param urls              the directory's addresses, tried in turn: {@code ldaps://dc1.example:636} or
 *                          {@code ldap://…:389} (with {@code startTls})
 * @param base              the directory's root, e.g. {@code DC=lra,DC=local}; the search bases are below it
 * @param userSearchBase    where the accounts are searched, relative to {@code base} ("" = all of it)
 * @param userSearchFilter  finds the account of the typed name ({0})
 * @param groupSearchBase   where the groups are searched, relative to {@code base}
 * @param groupSearchFilter finds the groups of an account: {0} its DN, {1} the typed name
 * @param analystGroup      the DN of the group whose members get the role ANALYST
 * @param adminGroup        the DN of the group whose members get the role ADMIN
 * @param bindDn            the service account that searches the directory
 * @param bindPassword      its password: only from the environment, never in a file of the repository
 * @param startTls          whether an {@code ldap://} connection is switched to TLS before anything is sent
 * @param connectTimeout    how long a connection may take before the directory counts as unreachable
 * @param readTimeout       how long an answer may take
 */
@ConfigurationProperties("integrationsmonitor.web.ldap")
record LdapProperties(boolean enabled, @DefaultValue List<String> urls, @DefaultValue("") String base,
                      @DefaultValue("") String userSearchBase,
                      @DefaultValue("(&(objectClass=user)(sAMAccountName={0}))") String userSearchFilter,
                      @DefaultValue("") String groupSearchBase,
                      @DefaultValue("(&(objectClass=group)(member={0}))") String groupSearchFilter,
                      @DefaultValue("") String analystGroup, @DefaultValue("") String adminGroup,
                      @DefaultValue("") String bindDn, @DefaultValue("") String bindPassword, boolean startTls,
                      @DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {
}
