// Import list of package commands in commands/imagetools of docker/buildx (the import blocks of its non-test files; no code kept)
package commands

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/containerd/containerd/v2/core/remotes"
	_ "github.com/containerd/platforms"
	_ "github.com/docker/buildx/builder"
	_ "github.com/docker/buildx/util/buildflags"
	_ "github.com/docker/buildx/util/cobrautil/completion"
	_ "github.com/docker/buildx/util/imagetools"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/docker/cli-docs-tool/annotation"
	_ "github.com/docker/cli/cli"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/moby/buildkit/exporter/containerimage/exptypes"
	_ "github.com/moby/buildkit/util/progress/progressui"
	_ "github.com/moby/sys/atomicwriter"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/sync/errgroup"
	_ "os"
	_ "sort"
	_ "strings"
)
