// Import list of package gitutil in util/gitutil of docker/buildx (the import blocks of its non-test files; no code kept)
package gitutil

import (
	_ "context"
	_ "github.com/docker/buildx/util/osutil"
	_ "github.com/moby/buildkit/util/gitutil"
	_ "github.com/moby/buildkit/util/urlutil"
	_ "github.com/moby/sys/mountinfo"
	_ "github.com/pkg/errors"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strings"
)
