// Import list of package dockerconfig in util/dockerutil/dockerconfig of docker/buildx (the import blocks of its non-test files; no code kept)
package dockerconfig

import (
	_ "cmp"
	_ "context"
	_ "github.com/docker/buildx/util/confutil"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/docker/cli/cli/config"
	_ "github.com/docker/cli/cli/config/configfile"
	_ "github.com/docker/cli/cli/config/types"
	_ "github.com/moby/buildkit/session/auth/authprovider"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "time"
)
