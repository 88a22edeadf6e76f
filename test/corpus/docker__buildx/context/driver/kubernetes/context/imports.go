// Import list of package context in driver/kubernetes/context of docker/buildx (the import blocks of its non-test files; no code kept)
package context

import (
	_ "github.com/docker/cli/cli/command"
	_ "github.com/docker/cli/cli/context"
	_ "github.com/docker/cli/cli/context/store"
	_ "k8s.io/client-go/tools/clientcmd"
	_ "k8s.io/client-go/tools/clientcmd/api"
	_ "net/url"
	_ "os"
	_ "os/user"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
)
