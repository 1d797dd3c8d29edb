package dev.frontdesk.api;

import dev.frontdesk.identity.AuthResource;
import dev.frontdesk.identity.MeResource;
import dev.frontdesk.identity.Role;
import dev.frontdesk.organization.DepartmentResource;
import dev.frontdesk.organization.InvitationResource;
import dev.frontdesk.organization.MemberResource;
import dev.frontdesk.tenancy.SignupResource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The API under {@code /api/v1}. Every request is authenticated by MP-JWT. Resources are listed explicitly and
 * service-loader discovery is off: client libraries in the WAR (keycloak-admin-client's RESTEasy providers)
 * must not be picked up as server providers. A CDI bean, because MP-JWT looks for {@code @LoginConfig} on beans.
 */
@ApplicationPath("/api/v1")
@jakarta.enterprise.context.ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Role.PLATFORM_ADMIN_ID, Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID, Role.API_CLIENT_ID
})
@OpenAPIDefinition(
    info = @Info(title = "Frontdesk API", version = "1", description = "Multi-tenant customer service"))
public class FrontdeskApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SignupResource.class,
        AuthResource.class,
        MeResource.class,
        DepartmentResource.class,
        MemberResource.class,
        InvitationResource.class,
        dev.frontdesk.developer.CredentialResource.class,
        dev.frontdesk.developer.TokenResource.class,
        dev.frontdesk.developer.MessageResource.class,
        dev.frontdesk.developer.SyncResource.class,
        dev.frontdesk.developer.CustomerResource.class,
        dev.frontdesk.developer.ApiClientFilter.class,
        dev.frontdesk.workspace.AccountResource.class,
        dev.frontdesk.workspace.ServicerResource.class,
        dev.frontdesk.workspace.ServicerStatusResource.class,
        dev.frontdesk.entry.AccountEntryPointResource.class,
        dev.frontdesk.workspace.SessionResource.class,
        dev.frontdesk.workspace.WidgetSecretResource.class,
        dev.frontdesk.entry.EntryPointResource.class,
        dev.frontdesk.visitor.VisitorResource.class,
        dev.frontdesk.workspace.RealtimeTicketResource.class,
        dev.frontdesk.workspace.SessionNoteResource.class,
        dev.frontdesk.replies.CannedReplyResource.class,
        dev.frontdesk.leftmessages.LeftMessageResource.class,
        dev.frontdesk.attachments.AttachmentResource.class,
        dev.frontdesk.attachments.FileResource.class,
        dev.frontdesk.webhooks.WebhookResource.class,
        dev.frontdesk.plugins.PlatformPluginResource.class,
        dev.frontdesk.plugins.TenantPluginResource.class,
        dev.frontdesk.plugins.PlatformPaymentProviderResource.class,
        dev.frontdesk.billing.BillingResource.class,
        dev.frontdesk.billing.PlatformPlanResource.class,
        dev.frontdesk.billing.PlatformBillingResource.class,
        dev.frontdesk.billing.PaymentNoticeResource.class,
        JsonConfig.class,
        ProblemExceptionMapper.class,
        ValidationExceptionMapper.class,
        WebApplicationExceptionMapper.class,
        UnreadableBodyMapper.class,
        UnexpectedExceptionMapper.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.disableMetainfServicesLookup", true,
        "jersey.config.beanValidation.enableOutputValidationErrorEntity.server", false);
  }
}
