# Retrace: `make run` opens the app on the bundled sample, `make test` runs every test.
# Both first install the Debian packages the build and tests need (apt-get, with
# sudo when not root) or say exactly what is missing.

GO       ?= go
PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libgl1-mesa-dri xvfb xauth x11-utils imagemagick fonts-dejavu-core \
            desktop-file-utils xdotool xz-utils shared-mime-info librsvg2-bin poppler-utils fonts-urw-base35
# The fyne command that packages the app, fetched through the module proxy.
FYNE     := $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
# Fyne reads the locale at start-up and logs an error for POSIX names such as C.UTF-8.
export LANG := en_US.UTF-8

.PHONY: run test deps build bench fuzz vet package package-finish

run: deps
	$(GO) run .

build: deps
	$(GO) build -o retrace .

# migrated_fynedo is the tag `fyne package` builds with for FyneApp.toml's
# fyneDo migration: Fyne's own thread checks off, as in the released app.
# The timeout is for a loaded machine: the app package runs its race tests and
# the window end to end in about two minutes alone, far longer when shared.
test: deps vet
	$(GO) test -race -tags migrated_fynedo -count=1 -timeout 30m ./...

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

# package builds the release bundle Retrace.tar.xz (binary, launcher, icon,
# workspace file type and an install Makefile) with `fyne package --release`
# and package-finish. It packages a
# copy of the tracked files, because fyne package rewrites FyneApp.toml
# (bumps Build, drops its comments); the checkout is left as it was.
package: deps
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git ls-files -z --cached --others --exclude-standard | tar -c --null -T - --ignore-failed-read -f - | tar -x -C "$$tmp" -f -; \
	else \
		cp -a . "$$tmp/"; \
	fi && \
	(cd "$$tmp" && $(FYNE) package --os linux --release) && \
	$(MAKE) -s package-finish BUNDLE="$$tmp/Retrace.tar.xz" && \
	mv -f "$$tmp/Retrace.tar.xz" Retrace.tar.xz && \
	echo "built Retrace.tar.xz: tar -xJf Retrace.tar.xz && make -C retrace user-install"

# package-finish completes a bundle fyne package (v1.7.4) made. Its
# install Makefile names the program "retrace %F" once the launcher takes
# files (`make install` then fails: no such file), so the %F goes; and
# fyne package installs no file types, so the workspace's shared-mime-info
# definition goes in, with install rules for it.
package-finish:
	@test -n "$(BUNDLE)" || { echo "usage: make package-finish BUNDLE=path/to/Retrace.tar.xz"; exit 2; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	tar -xJf "$(BUNDLE)" -C "$$tmp" && \
	sed -i 's/^Exec := "\(.*\) %F"$$/Exec := "\1"/' "$$tmp/retrace/Makefile" && \
	install -Dm644 assets/linux/io.github.retrace.app.xml "$$tmp/retrace/mime/io.github.retrace.app.xml" && \
	cat assets/linux/install-mime.mk >> "$$tmp/retrace/Makefile" && \
	tar -cJf "$(BUNDLE)" -C "$$tmp" retrace

# deps installs missing Debian packages; with no apt-get it names what is missing.
deps:
	@missing=""; for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null; then echo "missing system packages:$$missing (install them with your package manager)"; exit 1; fi; \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo"; \
		echo "installing:$$missing"; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null \
			|| { echo "could not install:$$missing"; exit 1; }; \
	fi
	@command -v $(GO) >/dev/null || { echo "missing: Go 1.26 or newer (https://go.dev/dl/)"; exit 1; }
