// Import list of package remote in driver/remote of docker/buildx (the import blocks of its non-test files; no code kept)
package remote

import (
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "github.com/docker/buildx/driver"
	_ "github.com/docker/buildx/driver/remote/util"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/client/connhelper"
	_ "github.com/moby/buildkit/client/connhelper/dockercontainer"
	_ "github.com/moby/buildkit/client/connhelper/kubepod"
	_ "github.com/moby/buildkit/client/connhelper/ssh"
	_ "github.com/moby/buildkit/util/tracing/delegated"
	_ "github.com/moby/moby/client"
	_ "github.com/pkg/errors"
	_ "google.golang.org/grpc"
	_ "net"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
