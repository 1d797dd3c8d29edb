// The archetype copies files without their permissions: make the install script runnable where that means
// something (on Windows this changes nothing; run it with Git Bash or WSL: sh install-plugin.sh).
def script = new File(new File(request.outputDirectory, request.artifactId), 'install-plugin.sh')
if (script.exists()) {
    script.setExecutable(true, false)
}
