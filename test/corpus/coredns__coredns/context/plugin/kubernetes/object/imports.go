// Import list of package object in plugin/kubernetes/object of coredns/coredns (the import blocks of its non-test files; no code kept)
package object

import (
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/api/discovery/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "k8s.io/apimachinery/pkg/runtime"
	_ "k8s.io/apimachinery/pkg/runtime/schema"
	_ "k8s.io/apimachinery/pkg/types"
	_ "k8s.io/client-go/tools/cache"
	_ "maps"
	_ "sigs.k8s.io/mcs-api/pkg/apis/v1alpha1"
	_ "strings"
	_ "time"
)
