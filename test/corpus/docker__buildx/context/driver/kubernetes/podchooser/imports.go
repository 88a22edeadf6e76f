// Import list of package podchooser in driver/kubernetes/podchooser of docker/buildx (the import blocks of its non-test files; no code kept)
package podchooser

import (
	_ "context"
	_ "github.com/docker/buildx/driver/kubernetes/kubeclient"
	_ "github.com/pkg/errors"
	_ "github.com/serialx/hashring"
	_ "github.com/sirupsen/logrus"
	_ "k8s.io/api/apps/v1"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "math/rand"
	_ "sort"
)
