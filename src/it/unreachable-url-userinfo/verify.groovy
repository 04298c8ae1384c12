// The URL is shown as admin@host, the connection is refused (not a URL parse error), the password is nowhere.
def log = new File(basedir, 'build.log').text
assert log.contains('schema-verify: cannot connect to jdbc:postgresql://admin@127.0.0.1:1/app: connection refused (check the port in the url, that the server is running and listens on that address, and that no firewall blocks it)')
assert !log.contains('hunter2') : 'the password leaked into the log'
assert !log.contains('other-secret') : 'a password parameter leaked into the log'
assert !log.contains('Unable to parse URL')
