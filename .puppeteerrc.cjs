// Never download a browser: tests drive the Debian packages (see README, "Browsers").
module.exports = { skipDownload: true };
