// Import list of package registry in pkg/registry of crazy-max/diun (the import blocks of its non-test files; no code kept)
package registry

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/matcher"
	_ "github.com/distribution/reference"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "go.podman.io/image/v5/docker"
	_ "go.podman.io/image/v5/docker/reference"
	_ "go.podman.io/image/v5/manifest"
	_ "go.podman.io/image/v5/types"
	_ "golang.org/x/mod/semver"
	_ "path/filepath"
	_ "regexp"
	_ "sort"
	_ "strings"
	_ "text/template"
	_ "time"
	_ "unicode"
)
