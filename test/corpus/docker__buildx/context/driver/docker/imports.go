// Import list of package docker in driver/docker of docker/buildx (the import blocks of its non-test files; no code kept)
package docker

import (
	_ "context"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/docker/buildx/driver"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/moby/client"
	_ "github.com/pkg/errors"
	_ "net"
	_ "strings"
	_ "sync"
)
