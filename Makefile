# Installs the tool and its library: `make install` (PREFIX=/usr/local by default).
# The binary finds the playbooks in $(PREFIX)/share/playbook/playbooks.
PREFIX ?= /usr/local

.PHONY: build install uninstall test

build:
	scripts/ensure-dependencies
	swift build -c release --product playbook

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/playbook"
	install -m 0755 "$$(swift build -c release --show-bin-path)/playbook" "$(DESTDIR)$(PREFIX)/bin/playbook"
	rm -rf "$(DESTDIR)$(PREFIX)/share/playbook/playbooks"
	cp -R playbooks "$(DESTDIR)$(PREFIX)/share/playbook/playbooks"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/playbook"
	rm -rf "$(DESTDIR)$(PREFIX)/share/playbook"

test:
	scripts/test
