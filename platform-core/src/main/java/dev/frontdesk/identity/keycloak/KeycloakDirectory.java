package dev.frontdesk.identity.keycloak;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.IdentityDirectory;
import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Role;
import dev.frontdesk.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Mirrors tenants into Keycloak organizations (alias = slug) and members into Keycloak users (username = email)
 * who belong to their tenant's organization and hold their roles as realm roles. Keycloak holds the passwords.
 *
 * <p>Runs inside the caller's JTA transaction and keeps it all-or-nothing: what a call creates in Keycloak is
 * undone when that call fails part-way, and again when the transaction later rolls back (a transaction
 * synchronization). Creations are undone exactly (the organization or user is deleted). Updates are undone on a
 * best-effort basis: names and roles are restored and a first password is removed again, but a changed password
 * cannot be restored (Keycloak never reveals it). Deleting a member disables the Keycloak user and ends their
 * sessions at once (re-enabled on rollback) and deletes the user once the transaction has committed.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());

  /** Organization attribute holding the tenant's slug, by which Frontdesk finds the organization. */
  static final String SLUG_ATTRIBUTE = "frontdesk.slug";

  static final String TENANT_ID_ATTRIBUTE = "frontdesk.tenant-id";

  private static final Object TRANSACTION_KEY = new Object();

  @Inject KeycloakAdmin admin;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Organization ids by slug; slugs never change. Filled only from committed transactions. */
  private final ConcurrentMap<String, String> organizationIds = new ConcurrentHashMap<>();

  @Override
  public void tenantCreated(Tenant tenant) {
    TransactionLog tx = transactionLog();
    Undo undo = new Undo();
    try {
      String id = createOrganization(tenant);
      undo.add("delete organization '" + tenant.slug() + "'", () -> close(realm().organizations().get(id).delete()));
      tx.organizationIds.put(tenant.slug(), id);
      tx.onCommit.add(() -> organizationIds.put(tenant.slug(), id));
      tx.adopt(undo);
    } catch (RuntimeException e) {
      undo.run();
      throw translate("create the organization '" + tenant.slug() + "'", e);
    }
  }

  private String createOrganization(Tenant tenant) {
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setName(tenant.name());
    organization.setAlias(tenant.slug());
    organization.setEnabled(true);
    organization.setDescription("Frontdesk company " + tenant.slug());
    organization.singleAttribute(SLUG_ATTRIBUTE, tenant.slug());
    organization.singleAttribute(TENANT_ID_ATTRIBUTE, tenant.id().toString());
    try (Response response = realm().organizations().create(organization)) {
      if (response.getStatus() == 409) {
        // Organization names are unique in Keycloak, company names are not: the slug makes it unique.
        organization.setName(tenant.name() + " (" + tenant.slug() + ")");
        try (Response retry = realm().organizations().create(organization)) {
          return createdId(retry, "organization");
        }
      }
      return createdId(response, "organization");
    }
  }

  @Override
  public void memberCreated(Tenant tenant, Member member, Optional<String> password) {
    TransactionLog tx = transactionLog();
    Undo undo = new Undo();
    try {
      String organizationId = organizationId(tx, tenant);
      String userId = createUser(member);
      undo.add("delete user '" + member.email() + "'", () -> close(realm().users().delete(userId)));
      UserResource user = realm().users().get(userId);
      if (password.isPresent()) {
        user.resetPassword(passwordCredential(password.get()));
      }
      user.roles().realmLevel().add(realmRoles(Role.ids(member.roles())));
      try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
        expectSuccess(response, "adding the user to organization '" + tenant.slug() + "'");
      }
      member.linkExternalId(userId);
      if (password.isPresent()) {
        member.activate();
      }
      tx.adopt(undo);
    } catch (RuntimeException e) {
      undo.run();
      throw translate("create the user '" + member.email() + "'", e);
    }
  }

  private String createUser(Member member) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(member.email());
    user.setEmail(member.email());
    user.setEmailVerified(true);
    user.setEnabled(true);
    setNames(user, member.name());
    try (Response response = realm().users().create(user)) {
      if (response.getStatus() == 409) {
        throw ProblemException.conflict("An account with this email already exists.");
      }
      return createdId(response, "user");
    }
  }

  @Override
  public void memberUpdated(Tenant tenant, Member member, Optional<String> newPassword) {
    TransactionLog tx = transactionLog();
    Undo undo = new Undo();
    try {
      String userId = userId(member);
      UserResource user = realm().users().get(userId);
      UserRepresentation before = user.toRepresentation();
      String oldFirst = before.getFirstName();
      String oldLast = before.getLastName();
      setNames(before, member.name());
      if (!Objects.equals(oldFirst, before.getFirstName()) || !Objects.equals(oldLast, before.getLastName())) {
        user.update(before);
        undo.add("restore the name of '" + member.email() + "'", () -> {
          UserRepresentation restore = user.toRepresentation();
          restore.setFirstName(oldFirst);
          restore.setLastName(oldLast);
          user.update(restore);
        });
      }
      syncRoles(user, member, undo);
      if (newPassword.isPresent()) {
        boolean hadPassword =
            user.credentials().stream().anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
        user.resetPassword(passwordCredential(newPassword.get()));
        if (!hadPassword) {
          undo.add("remove the password of '" + member.email() + "'", () -> user.credentials().stream()
              .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
              .forEach(c -> user.removeCredential(c.getId())));
        }
        member.activate();
      }
      tx.adopt(undo);
    } catch (RuntimeException e) {
      undo.run();
      throw translate("update the user '" + member.email() + "'", e);
    }
  }

  /** Makes the user's staff roles match the member's; other realm roles (Keycloak's defaults) stay. */
  private void syncRoles(UserResource user, Member member, Undo undo) {
    Set<String> staff = Role.ids(Role.STAFF);
    Set<String> wanted = Role.ids(member.roles());
    Set<String> current =
        user.roles().realmLevel().listAll().stream()
            .map(RoleRepresentation::getName)
            .filter(staff::contains)
            .collect(Collectors.toSet());
    List<String> add = wanted.stream().filter(r -> !current.contains(r)).toList();
    List<String> remove = current.stream().filter(r -> !wanted.contains(r)).toList();
    if (add.isEmpty() && remove.isEmpty()) {
      return;
    }
    List<RoleRepresentation> toAdd = realmRoles(add);
    List<RoleRepresentation> toRemove = realmRoles(remove);
    if (!toAdd.isEmpty()) {
      user.roles().realmLevel().add(toAdd);
    }
    if (!toRemove.isEmpty()) {
      user.roles().realmLevel().remove(toRemove);
    }
    undo.add("restore the roles of '" + member.email() + "'", () -> {
      if (!toRemove.isEmpty()) {
        user.roles().realmLevel().add(toRemove);
      }
      if (!toAdd.isEmpty()) {
        user.roles().realmLevel().remove(toAdd);
      }
    });
  }

  @Override
  public void memberDeleted(Tenant tenant, Member member) {
    TransactionLog tx = transactionLog();
    Undo undo = new Undo();
    try {
      Optional<String> found = findUserId(member);
      if (found.isEmpty()) {
        return;
      }
      String userId = found.get();
      UserResource user = realm().users().get(userId);
      UserRepresentation representation = user.toRepresentation();
      if (Boolean.TRUE.equals(representation.isEnabled())) {
        representation.setEnabled(false);
        user.update(representation);
        undo.add("re-enable '" + member.email() + "'", () -> {
          UserRepresentation restore = user.toRepresentation();
          restore.setEnabled(true);
          user.update(restore);
        });
      }
      user.logout();
      tx.onCommit.add(() -> close(realm().users().delete(userId)));
      tx.adopt(undo);
    } catch (RuntimeException e) {
      undo.run();
      throw translate("delete the user '" + member.email() + "'", e);
    }
  }

  private RealmResource realm() {
    return admin.realm();
  }

  /** Keycloak's "name" claim is first and last name joined by a space: splitting at the first space keeps it. */
  private static void setNames(UserRepresentation user, String name) {
    String trimmed = name.trim();
    int space = trimmed.indexOf(' ');
    user.setFirstName(space < 0 ? trimmed : trimmed.substring(0, space));
    user.setLastName(space < 0 ? "" : trimmed.substring(space + 1).trim());
  }

  private String organizationId(TransactionLog tx, Tenant tenant) {
    String slug = tenant.slug();
    String id = tx.organizationIds.get(slug);
    if (id == null) {
      id = organizationIds.get(slug);
    }
    if (id == null) {
      id =
          realm().organizations().searchByAttribute(SLUG_ATTRIBUTE + ":" + slug).stream()
              .filter(o -> slug.equals(o.getAlias()))
              .map(OrganizationRepresentation::getId)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(
                  "Keycloak has no organization with alias '" + slug + "' in realm '" + admin.realmName() + "'"));
      organizationIds.put(slug, id);
    }
    return id;
  }

  private String userId(Member member) {
    return findUserId(member)
        .orElseThrow(() -> new IllegalStateException(
            "Keycloak has no user '" + member.email() + "' in realm '" + admin.realmName() + "'"));
  }

  private Optional<String> findUserId(Member member) {
    if (member.externalId() != null) {
      return Optional.of(member.externalId());
    }
    return realm().users().searchByUsername(member.email(), true).stream().map(UserRepresentation::getId).findFirst();
  }

  private List<RoleRepresentation> realmRoles(java.util.Collection<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    Map<String, RoleRepresentation> all =
        realm().roles().list().stream().collect(Collectors.toMap(RoleRepresentation::getName, r -> r));
    List<RoleRepresentation> roles = new ArrayList<>();
    for (String name : names) {
      RoleRepresentation role = all.get(name);
      if (role == null) {
        throw new IllegalStateException("Keycloak realm '" + admin.realmName() + "' has no role '" + name + "'");
      }
      roles.add(role);
    }
    return roles;
  }

  private static CredentialRepresentation passwordCredential(String password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    return credential;
  }

  private static String createdId(Response response, String what) {
    expectSuccess(response, "creating the " + what);
    String location = response.getHeaderString("Location");
    if (location == null) {
      throw new IllegalStateException("Keycloak created the " + what + " but did not say where");
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void expectSuccess(Response response, String what) {
    if (response.getStatus() >= 300) {
      throw new WebApplicationException(what + " failed", response);
    }
  }

  private static void close(Response response) {
    response.close();
  }

  /** Keeps problems the caller should see as they are; anything else means Keycloak failed us: 502. */
  private RuntimeException translate(String action, RuntimeException e) {
    if (e instanceof ProblemException) {
      return e;
    }
    LOG.log(Level.WARNING, "Keycloak could not " + action, e);
    return new ProblemException(
        502, "identity-provider", "Identity provider error",
        "Keycloak could not " + action + ": " + describe(e) + ". Nothing was changed; try again later.");
  }

  /** A short, log- and user-safe description of a failed Keycloak call. */
  static String describe(RuntimeException e) {
    if (e instanceof WebApplicationException web && web.getResponse() != null) {
      Response response = web.getResponse();
      String body = "";
      try {
        if (response.hasEntity()) {
          body = response.readEntity(String.class);
        }
      } catch (RuntimeException ignored) {
        // The status alone will do.
      }
      body = body == null ? "" : body.replaceAll("\\s+", " ");
      if (body.length() > 200) {
        body = body.substring(0, 200) + "…";
      }
      return "HTTP " + response.getStatus() + (body.isEmpty() ? "" : " " + body);
    }
    if (e instanceof ProcessingException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return "not reachable (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** This transaction's record of Keycloak writes: undone if it rolls back, finished if it commits. */
  private TransactionLog transactionLog() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("the Keycloak directory must be called inside an active transaction");
    }
    TransactionLog log = (TransactionLog) transactions.getResource(TRANSACTION_KEY);
    if (log == null) {
      log = new TransactionLog();
      transactions.putResource(TRANSACTION_KEY, log);
      transactions.registerInterposedSynchronization(log);
    }
    return log;
  }

  private static final class TransactionLog implements Synchronization {
    final Undo undo = new Undo();
    final List<Runnable> onCommit = new ArrayList<>();
    final Map<String, String> organizationIds = new HashMap<>();

    /** Takes over a finished call's undo steps; they run before those of earlier calls. */
    void adopt(Undo call) {
      while (!call.steps.isEmpty()) {
        undo.steps.addFirst(call.steps.removeLast());
      }
    }

    @Override
    public void beforeCompletion() {
      // Keycloak has been written already; nothing to prepare.
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        for (Runnable action : onCommit) {
          try {
            action.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak clean-up after commit failed; the user stays disabled", e);
          }
        }
      } else {
        undo.run();
      }
    }
  }

  /** Compensating actions, run newest first; each failure is logged and the rest still run. */
  private static final class Undo {
    private record Step(String description, Runnable action) {}

    // Newest first.
    final Deque<Step> steps = new ArrayDeque<>();

    void add(String description, Runnable action) {
      steps.addFirst(new Step(description, action));
    }

    void run() {
      while (!steps.isEmpty()) {
        Step step = steps.removeFirst();
        try {
          step.action().run();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not undo in Keycloak: " + step.description(), e);
        }
      }
    }
  }
}
