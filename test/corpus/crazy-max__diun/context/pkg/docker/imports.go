// Import list of package docker in pkg/docker of crazy-max/diun (the import blocks of its non-test files; no code kept)
package docker

import (
	_ "context"
	_ "github.com/docker/go-connections/tlsconfig"
	_ "github.com/moby/moby/api/types/container"
	_ "github.com/moby/moby/api/types/image"
	_ "github.com/moby/moby/api/types/swarm"
	_ "github.com/moby/moby/client"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "path/filepath"
	_ "regexp"
	_ "sort"
)
