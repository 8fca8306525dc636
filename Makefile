# Retrace: `make run` opens the app on the bundled sample, `make test` runs every test.
# Both first install the Debian packages the build and tests need (apt-get, with
# sudo when not root) or say exactly what is missing.

GO       ?= go
PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libgl1-mesa-dri xvfb xauth x11-utils imagemagick fonts-dejavu-core
# Fyne reads the locale at start-up and logs an error for POSIX names such as C.UTF-8.
export LANG := en_US.UTF-8

.PHONY: run test deps build bench fuzz vet

run: deps
	$(GO) run .

build: deps
	$(GO) build -o retrace .

test: deps vet
	$(GO) test -race -count=1 ./...

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

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
