// Import list of package execconn in driver/kubernetes/execconn of docker/buildx (the import blocks of its non-test files; no code kept)
package execconn

import (
	_ "context"
	_ "github.com/docker/buildx/driver/kubernetes/kubeclient"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/client-go/rest"
	_ "k8s.io/client-go/tools/remotecommand"
	_ "net"
	_ "os"
	_ "sync"
	_ "time"
)
