// Import list of package monitor in monitor of docker/buildx (the import blocks of its non-test files; no code kept)
package monitor

import (
	_ "context"
	_ "fmt"
	_ "github.com/containerd/console"
	_ "github.com/docker/buildx/build"
	_ "github.com/docker/buildx/monitor/commands"
	_ "github.com/docker/buildx/monitor/processes"
	_ "github.com/docker/buildx/monitor/types"
	_ "github.com/docker/buildx/util/ioset"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/google/shlex"
	_ "github.com/moby/buildkit/exporter/containerimage/exptypes"
	_ "github.com/moby/buildkit/frontend/gateway/client"
	_ "github.com/moby/buildkit/identity"
	_ "github.com/moby/buildkit/solver/errdefs"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "golang.org/x/term"
	_ "io"
	_ "os"
	_ "sort"
	_ "sync"
	_ "sync/atomic"
	_ "text/tabwriter"
	_ "time"
)
