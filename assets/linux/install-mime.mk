
# Added by Retrace's `make package`: the workspace file type (NAME.retrace.json),
# installed beside the launcher. Rules without recipes add to the targets above.
MimeXML := io.github.retrace.app.xml

install: install-mime
uninstall: uninstall-mime
user-install: user-install-mime
user-uninstall: user-uninstall-mime

install-mime:
	install -Dm00644 mime/$(MimeXML) $(DESTDIR)$(PREFIX)/share/mime/packages/$(MimeXML)
	-update-mime-database $(DESTDIR)$(PREFIX)/share/mime
uninstall-mime:
	-rm $(DESTDIR)$(PREFIX)/share/mime/packages/$(MimeXML)
	-update-mime-database $(DESTDIR)$(PREFIX)/share/mime
user-install-mime:
	install -Dm00644 mime/$(MimeXML) $(DESTDIR)$(HOME)/.local/share/mime/packages/$(MimeXML)
	-update-mime-database $(DESTDIR)$(HOME)/.local/share/mime
user-uninstall-mime:
	-rm $(DESTDIR)$(HOME)/.local/share/mime/packages/$(MimeXML)
	-update-mime-database $(DESTDIR)$(HOME)/.local/share/mime
