// Browsable documentation of the live OpenAPI document that Payara generates at /openapi.
window.ui = SwaggerUIBundle({ url: '/openapi', dom_id: '#swagger-ui', deepLinking: true });
