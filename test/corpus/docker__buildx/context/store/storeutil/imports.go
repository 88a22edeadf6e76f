// Import list of package storeutil in store/storeutil of docker/buildx (the import blocks of its non-test files; no code kept)
package storeutil

import (
	_ "bytes"
	_ "github.com/docker/buildx/store"
	_ "github.com/docker/buildx/util/confutil"
	_ "github.com/docker/buildx/util/dockerutil"
	_ "github.com/docker/buildx/util/dockerutil/dockerconfig"
	_ "github.com/docker/buildx/util/imagetools"
	_ "github.com/docker/buildx/util/resolver"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/moby/buildkit/cmd/buildkitd/config"
	_ "github.com/pkg/errors"
	_ "os"
	_ "strings"
)
