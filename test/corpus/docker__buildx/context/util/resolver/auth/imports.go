// Import list of package auth in util/resolver/auth of docker/buildx (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "context"
	_ "encoding/base64"
	_ "github.com/containerd/containerd/v2/core/remotes/docker"
	_ "github.com/containerd/containerd/v2/core/remotes/docker/auth"
	_ "github.com/containerd/containerd/v2/core/remotes/errors"
	_ "github.com/containerd/errdefs"
	_ "github.com/docker/cli/cli/config/types"
	_ "github.com/moby/buildkit/session/auth/authprovider"
	_ "github.com/moby/buildkit/util/bklog"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
