// Import list of package k8s in pkg/k8s of crazy-max/diun (the import blocks of its non-test files; no code kept)
package k8s

import (
	_ "context"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "k8s.io/client-go/kubernetes"
	_ "k8s.io/client-go/rest"
	_ "k8s.io/client-go/tools/clientcmd"
	_ "os"
	_ "slices"
	_ "sort"
)
