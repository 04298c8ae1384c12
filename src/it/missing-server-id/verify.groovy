// The server id is named, with what to add to settings.xml.
def log = new File(basedir, 'build.log').text
assert log.contains("No <server> with id 'staging-db' in settings.xml (set by serverId). Add one with <username> and <password>, or remove serverId.")
