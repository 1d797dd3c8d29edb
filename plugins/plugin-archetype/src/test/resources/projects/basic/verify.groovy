// Checks the jar the generated project built the way Frontdesk's host checks an upload: every entry signed, by
// the key whose certificate the build exported for the operator; the descriptor filled in; libraries under lib/.
import java.security.cert.CertificateFactory
import java.util.jar.JarFile

def fail = { String why -> throw new AssertionError(why) }

// The generated project; maven-script-interpreter 1.5 passes the IT's variables in the map "context".
File projectDir = context.projectDir

File target = new File(projectDir, 'target')
File jarFile = new File(target, 'faq-assistant-1.0.0-SNAPSHOT.jar')
if (!jarFile.isFile()) fail("no plugin jar: $jarFile")

// The archetype's build passes -Dfrontdesk.signing.dir=<archetype>/target/it-signing to the generated build.
File archetypeTarget = projectDir.parentFile.parentFile.parentFile.parentFile.parentFile
File pem = new File(archetypeTarget, 'it-signing/plugin-signing.pem')
if (!pem.isFile()) fail("the signing certificate was not exported to $pem")
def certificate = pem.withInputStream { CertificateFactory.getInstance('X.509').generateCertificate(it) }
if (!certificate.subjectX500Principal.name.contains('CN=Example Corp')) fail("unexpected signer ${certificate.subjectX500Principal}")

def names = []
new JarFile(jarFile, true).withCloseable { jar ->
    jar.entries().each { entry ->
        names << entry.name
        jar.getInputStream(entry).withCloseable { it.bytes } // reading to the end verifies the entry's digest
        boolean signatureFile = entry.name ==~ /META-INF\/[^\/]+\.(MF|SF|EC|RSA|DSA)/
        if (!entry.directory && !signatureFile) {
            def signers = entry.codeSigners
            if (!signers) fail("${entry.name} is not signed")
            if (signers[0].signerCertPath.certificates[0] != certificate) fail("${entry.name} is signed by another key")
        }
    }
    String descriptor = jar.getInputStream(jar.getJarEntry('META-INF/frontdesk-plugin.json')).text
    ['"id": "faq-assistant"', '"version": "1.0.0-SNAPSHOT"', '"name": "FAQ assistant"', '"vendor": "Example Corp"',
     '"com.example.frontdesk.faq.KeywordAssistant"', '/api/v1/plugins/faq-assistant/ask'].each {
        if (!descriptor.contains(it)) fail("the descriptor lacks $it:\n$descriptor")
    }
}

['com/example/frontdesk/faq/KeywordAssistant.class', 'com/example/frontdesk/faq/AnswerBook.class'].each {
    if (!names.contains(it)) fail("the jar lacks $it")
}
if (!names.any { it ==~ /lib\/parsson-[0-9.]+\.jar/ }) fail("no lib/parsson-*.jar in $names")
if (!names.any { it ==~ /lib\/jakarta\.json-api-[0-9.]+\.jar/ }) fail("no lib/jakarta.json-api-*.jar in $names")
if (names.any { it.startsWith('lib/') && (it.contains('plugin-spi') || it.contains('junit')) }) {
    fail("provided or test libraries were packaged: ${names.findAll { it.startsWith('lib/') }}")
}

File script = new File(projectDir, 'install-plugin.sh')
if (!script.canExecute()) fail('install-plugin.sh is not executable')
println "Archetype IT: ${jarFile.name} is signed by ${certificate.subjectX500Principal}, with libraries ${names.findAll { it ==~ /lib\/.+\.jar/ }}"
return true
