// Import list of package kubeclient in driver/kubernetes/kubeclient of docker/buildx (the import blocks of its non-test files; no code kept)
package kubeclient

import (
	_ "context"
	_ "k8s.io/api/apps/v1"
	_ "k8s.io/api/core/v1"
	_ "k8s.io/apimachinery/pkg/apis/meta/v1"
	_ "k8s.io/apimachinery/pkg/runtime"
	_ "k8s.io/apimachinery/pkg/runtime/schema"
	_ "k8s.io/apimachinery/pkg/runtime/serializer"
	_ "k8s.io/apimachinery/pkg/util/runtime"
	_ "k8s.io/client-go/rest"
	_ "net/http"
	_ "sync"
)
