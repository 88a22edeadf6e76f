// Import list of package trace in plugin/pkg/trace of coredns/coredns (the import blocks of its non-test files; no code kept)
package trace

import (
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/opentracing/opentracing-go"
)
