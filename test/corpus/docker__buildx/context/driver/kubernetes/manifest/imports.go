// Import list of package manifest in driver/kubernetes/manifest of docker/buildx (the import blocks of its non-test files; no code kept)
package manifest

import (
	_ "fmt"
	_ "github.com/docker/buildx/util/platformutil"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "k8s.io/api/apps/v1"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/apimachinery/pkg/api/resource"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "path"
	_ "strings"
)
