// Import list of package confutil in util/confutil of docker/buildx (the import blocks of its non-test files; no code kept)
package confutil

import (
	_ "crypto/rand"
	_ "encoding/hex"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/moby/buildkit/cmd/buildkitd/config"
	_ "github.com/moby/sys/atomicwriter"
	_ "github.com/pelletier/go-toml/v2"
	_ "github.com/pkg/errors"
	_ "github.com/tonistiigi/fsutil/copy"
	_ "io"
	_ "os"
	_ "os/user"
	_ "path"
	_ "path/filepath"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "syscall"
)
