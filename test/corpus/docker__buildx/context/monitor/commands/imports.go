// Import list of package commands in monitor/commands of docker/buildx (the import blocks of its non-test files; no code kept)
package commands

import (
	_ "context"
	_ "fmt"
	_ "github.com/containerd/errdefs"
	_ "github.com/docker/buildx/build"
	_ "github.com/docker/buildx/monitor/types"
	_ "github.com/pkg/errors"
	_ "io"
	_ "text/tabwriter"
)
