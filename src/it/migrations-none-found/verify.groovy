def log = new File(basedir, "build.log").text
