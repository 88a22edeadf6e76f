// Import list of package workers in tests/workers of docker/buildx (the import blocks of its non-test files; no code kept)
package workers

import (
	_ "context"
	_ "fmt"
	_ "github.com/docker/buildx/driver"
	_ "github.com/moby/buildkit/identity"
	_ "github.com/moby/buildkit/util/testutil/dockerd"
	_ "github.com/moby/buildkit/util/testutil/integration"
	_ "github.com/moby/buildkit/util/testutil/workers"
	_ "github.com/pkg/errors"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "testing"
)
