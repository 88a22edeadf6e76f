// Import list of package kubernetes in internal/provider/kubernetes of crazy-max/diun (the import blocks of its non-test files; no code kept)
package kubernetes

import (
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/crazy-max/diun/v4/pkg/k8s"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "reflect"
	_ "strings"
)
